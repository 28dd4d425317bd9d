-- Headless Neovim (0.7+) drives PapersLsp through one editing round and writes what it saw as JSON.
-- Env: PAPERS_CMD (JSON array: the server command line), DOC (file to open), OUT (result file),
--      HOVER_LINE/HOVER_COL (1-based line, 0-based byte column), TYPE_LINE (text appended and completed at its end).
local out_path = os.getenv('OUT')
local cmd = vim.fn.json_decode(os.getenv('PAPERS_CMD'))
local file = os.getenv('DOC')
local log = {}
local function finish(obj)
  obj.log = log
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(obj)); f:close()
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'papers',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  handlers = {
    ['window/logMessage'] = function(_, result) table.insert(log, result.message) end,
  },
})
if not client_id then return finish({ error = 'start_client failed' }) end
vim.lsp.buf_attach_client(bufnr, client_id)
local client = vim.lsp.get_client_by_id(client_id)
if not vim.wait(30000, function() return client.initialized == true end, 20) then
  return finish({ error = 'initialize timed out' })
end

-- Hover, retried while the catalog opens on first start.
vim.api.nvim_win_set_cursor(0, { tonumber(os.getenv('HOVER_LINE')), tonumber(os.getenv('HOVER_COL')) })
local hover
for _ = 1, 50 do
  local done = false
  client.request('textDocument/hover', vim.lsp.util.make_position_params(), function(err, res)
    hover = { err = err, value = res and res.contents and res.contents.value or nil }; done = true
  end, bufnr)
  vim.wait(10000, function() return done end, 10)
  if hover and hover.value and hover.value:find('Training data') then break end
  vim.wait(200, function() return false end)
end

-- Type a line and ask for completion at its end.
local typed = os.getenv('TYPE_LINE')
vim.api.nvim_buf_set_lines(bufnr, -1, -1, false, { typed })
vim.api.nvim_win_set_cursor(0, { vim.api.nvim_buf_line_count(bufnr), #typed })
local completion, cdone = nil, false
client.request('textDocument/completion', vim.tbl_extend('force', vim.lsp.util.make_position_params(), { context = { triggerKind = 1 } }), function(err, res)
  local items = res and (res.items or res) or {}
  local first = items[1]
  completion = { err = err, count = #items,
    label = first and first.label, insert = first and (first.textEdit and first.textEdit.newText or first.insertText) }
  cdone = true
end, bufnr)
vim.wait(10000, function() return cdone end, 10)

vim.lsp.stop_client(client_id)
local stopped = vim.wait(10000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
finish({ hover = hover, completion = completion, stopped = stopped })
