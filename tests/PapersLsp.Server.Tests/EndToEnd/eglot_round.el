;;; eglot_round.el --- headless Emacs + eglot drives PapersLsp through one editing round, writes what it saw as JSON.
;; Env: PAPERS_CMD (JSON array: the server command line), DOC (file to open), OUT (result file).
;; Run with `emacs --batch -l eglot_round.el` (--batch, not -Q: Debian's site-start puts elpa-eglot on the load-path).
(require 'eglot)
(require 'json)
(setq eglot-sync-connect t eglot-connect-timeout 60 eglot-events-buffer-size 0)
(define-derived-mode papers-md-mode text-mode "PapersMd")   ; stand-in for markdown-mode, which is not installed
(let* ((cmd (append (json-read-from-string (getenv "PAPERS_CMD")) nil))
       (out (getenv "OUT"))
       (file (expand-file-name (getenv "DOC")))
       server hover comp)
  (add-to-list 'eglot-server-programs `(papers-md-mode . ,cmd))
  (find-file file)
  (papers-md-mode)
  (setq server (apply #'eglot (eglot--guess-contact)))
  ;; Point inside "arXiv:2410.15661" on line 3; retried while the catalog opens on first start.
  (goto-char (point-min)) (forward-line 2) (forward-char 24)
  (dotimes (_ 50)
    (unless (and hover (string-match-p "Training data" (format "%s" hover)))
      (setq hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
      (sleep-for 0.2)))
  (goto-char (point-max)) (insert "See arXiv:scalable ablation")
  (eglot--signal-textDocument/didChange)
  (setq comp (jsonrpc-request server :textDocument/completion
                              (append (eglot--TextDocumentPositionParams) '(:context (:triggerKind 1)))))
  (let* ((items (plist-get comp :items))
         (first (and (> (length items) 0) (aref items 0))))
    (with-temp-file out
      (insert (json-encode
               `((hover . ,(format "%s" (plist-get (plist-get hover :contents) :value)))
                 (completion_count . ,(length items))
                 (completion_label . ,(plist-get first :label))
                 (completion_insert . ,(plist-get (plist-get first :textEdit) :newText)))))))
  (eglot-shutdown server)   ; shutdown + exit; Emacs' jsonrpc then SIGKILLs the process
  (kill-emacs 0))
