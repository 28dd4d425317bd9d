using System.Collections.Frozen;

namespace PapersLsp.Features.Bibtex;

/// <summary>
/// Math-mode LaTeX for the non-Latin characters that turn up in paper titles (Greek letters, a few operators).
/// pdflatex's default UTF-8 input stops with "Unicode character … not set up for use with LaTeX" on them,
/// in text and in math alike, while Latin letters with diacritics need no help.
/// </summary>
public static class TexSymbols
{
    private static readonly FrozenDictionary<char, string> Math = new Dictionary<char, string>
    {
        ['α'] = @"\alpha", ['β'] = @"\beta", ['γ'] = @"\gamma", ['δ'] = @"\delta", ['ε'] = @"\varepsilon",
        ['ϵ'] = @"\epsilon", ['ζ'] = @"\zeta", ['η'] = @"\eta", ['θ'] = @"\theta", ['ϑ'] = @"\vartheta",
        ['ι'] = @"\iota", ['κ'] = @"\kappa", ['λ'] = @"\lambda", ['μ'] = @"\mu", ['µ'] = @"\mu", ['ν'] = @"\nu",
        ['ξ'] = @"\xi", ['π'] = @"\pi", ['ρ'] = @"\rho", ['σ'] = @"\sigma", ['ς'] = @"\varsigma", ['τ'] = @"\tau",
        ['υ'] = @"\upsilon", ['φ'] = @"\varphi", ['ϕ'] = @"\phi", ['χ'] = @"\chi", ['ψ'] = @"\psi", ['ω'] = @"\omega",
        ['Γ'] = @"\Gamma", ['Δ'] = @"\Delta", ['Θ'] = @"\Theta", ['Λ'] = @"\Lambda", ['Ξ'] = @"\Xi", ['Π'] = @"\Pi",
        ['Σ'] = @"\Sigma", ['Υ'] = @"\Upsilon", ['Φ'] = @"\Phi", ['Ψ'] = @"\Psi", ['Ω'] = @"\Omega",
        ['Α'] = "A", ['Β'] = "B", ['Ε'] = "E", ['Ζ'] = "Z", ['Η'] = "H", ['Ι'] = "I", ['Κ'] = "K", ['Μ'] = "M",
        ['Ν'] = "N", ['Ο'] = "O", ['Ρ'] = "P", ['Τ'] = "T", ['Χ'] = "X", ['ο'] = "o",
        ['≤'] = @"\leq", ['≥'] = @"\geq", ['≠'] = @"\neq", ['≈'] = @"\approx", ['∼'] = @"\sim", ['≡'] = @"\equiv",
        ['×'] = @"\times", ['±'] = @"\pm", ['·'] = @"\cdot", ['∘'] = @"\circ", ['∗'] = @"\ast", ['′'] = @"\prime",
        ['→'] = @"\rightarrow", ['←'] = @"\leftarrow", ['↔'] = @"\leftrightarrow", ['⇒'] = @"\Rightarrow",
        ['⇔'] = @"\Leftrightarrow", ['↦'] = @"\mapsto", ['∞'] = @"\infty", ['∈'] = @"\in", ['∉'] = @"\notin",
        ['∑'] = @"\sum", ['∏'] = @"\prod", ['∫'] = @"\int", ['∂'] = @"\partial", ['∇'] = @"\nabla", ['√'] = @"\surd",
        ['∀'] = @"\forall", ['∃'] = @"\exists", ['∩'] = @"\cap", ['∪'] = @"\cup", ['⊂'] = @"\subset",
        ['⊆'] = @"\subseteq", ['⊕'] = @"\oplus", ['⊗'] = @"\otimes", ['ℓ'] = @"\ell", ['∅'] = @"\emptyset",
        ['⟨'] = @"\langle", ['⟩'] = @"\rangle", ['∣'] = @"\mid", ['∝'] = @"\propto", ['≪'] = @"\ll", ['≫'] = @"\gg",
    }.ToFrozenDictionary();

    /// <summary>The math-mode LaTeX for <paramref name="c"/>, or null when pdflatex reads the character as it is.</summary>
    public static string? MathFor(char c) => c < 0x80 ? null : Math.GetValueOrDefault(c);
}
