-- End-to-end test of `siaran lsp` with a real client: Debian's Neovim 0.7 (pushed
-- diagnostics only, UTF-16 positions). Run headless by scripts/ci-lsp.sh:
--   SIARAN_BIN=... SIARAN_RELEASE=... nvim --headless --clean -u NONE -c 'luafile tests/editors/neovim.lua'
-- It opens a release with three known findings, waits for the pushed diagnostics,
-- checks their count and the range of the finding after `—`, `“ ”`, `é` and an emoji,
-- applies the quick fix for it, checks the buffer, and stops the server, which must
-- exit cleanly after shutdown and exit.

local function fail(message)
  io.stderr:write("neovim e2e: FAIL: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local function check(condition, message)
  if not condition then
    fail(message)
  end
end

local function run()
  local bin = assert(os.getenv("SIARAN_BIN"), "SIARAN_BIN")
  local release = assert(os.getenv("SIARAN_RELEASE"), "SIARAN_RELEASE")
  vim.cmd("edit " .. vim.fn.fnameescape(release))
  local bufnr = vim.api.nvim_get_current_buf()

  local pushed = nil
  local exit_code = nil
  local client_id = vim.lsp.start_client({
    name = "siaran",
    cmd = { bin, "lsp" },
    root_dir = vim.fn.fnamemodify(release, ":h"),
    handlers = {
      ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
        pushed = result
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(code)
      exit_code = code
    end,
  })
  check(client_id ~= nil, "the client did not start")
  check(vim.lsp.buf_attach_client(bufnr, client_id), "could not attach the buffer")

  check(vim.wait(10000, function()
    return pushed ~= nil and #vim.diagnostic.get(bufnr) > 0
  end, 20), "no diagnostics within 10 s")
  local diagnostics = vim.diagnostic.get(bufnr)
  check(#diagnostics == 3, "expected 3 diagnostics, got " .. #diagnostics)

  -- The finding after `—`: in UTF-16 units on the wire, in bytes in Neovim's buffer.
  local praktek = nil
  for _, d in ipairs(pushed.diagnostics) do
    if d.code == "baku/non-standard-word" then
      praktek = d
    end
  end
  check(praktek ~= nil, "no baku/non-standard-word diagnostic")
  local r = praktek.range
  check(r.start.line == 2 and r.start.character == 46 and r["end"].character == 53,
    "wire range " .. vim.inspect(r))
  local shown = nil
  for _, d in ipairs(diagnostics) do
    if d.code == "baku/non-standard-word" or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == "baku/non-standard-word") then
      shown = d
    end
  end
  check(shown ~= nil, "Neovim did not keep the diagnostic")
  local line = vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1]
  check(line:sub(shown.col + 1, shown.end_col) == "praktek",
    "Neovim's byte range picks '" .. line:sub(shown.col + 1, shown.end_col) .. "'")

  -- The quick fix for it, applied as Neovim applies a chosen action.
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = r,
    context = { diagnostics = { praktek }, only = { "quickfix" } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 5000)
  check(responses and responses[client_id] and responses[client_id].result, "no code actions")
  local action = responses[client_id].result[1]
  check(action.title == "perbaikan (aman): Ganti dengan 'praktik'", "first action: " .. tostring(action.title))
  vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
  local fixed = vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1]
  check(fixed == "Peserta rapat — termasuk “kafé” 🗳 — membahas praktik pemutakhiran data pemilih.",
    "buffer line after the fix: " .. fixed)

  -- The edit reaches the server as a change; after the pause, two findings are left.
  check(vim.wait(10000, function()
    return #vim.diagnostic.get(bufnr) == 2
  end, 20), "diagnostics after the fix: " .. #vim.diagnostic.get(bufnr))

  vim.lsp.stop_client(client_id)
  check(vim.wait(10000, function()
    return exit_code ~= nil
  end, 20), "the server did not exit")
  check(exit_code == 0, "server exit code " .. tostring(exit_code))
  io.stderr:write("neovim e2e: ok (3 diagnostics, UTF-16 range 2:46-2:53, quick fix applied, clean exit)\n")
  vim.cmd("qall!")
end

local ok, err = pcall(run)
if not ok then
  fail(tostring(err))
end
