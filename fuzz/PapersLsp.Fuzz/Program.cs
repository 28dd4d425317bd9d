using PapersLsp.Fuzz;
using SharpFuzz;

// papers-lsp-fuzz TARGET            — run under afl-fuzz (input on stdin, SharpFuzz's out-of-process loop)
// papers-lsp-fuzz TARGET FILE...    — replay inputs (a crash found by the fuzzer) without AFL
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: PapersLsp.Fuzz TARGET [FILE...]; targets: {string.Join(", ", FuzzTargets.All.Keys)}");
    return 2;
}
if (args.Length > 1)
{
    foreach (var file in args[1..])
    {
        target(File.ReadAllBytes(file));
        Console.WriteLine($"{file}: ok");
    }
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
