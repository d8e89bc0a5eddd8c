-- Attack: count the characters of megabyte strings, again and again (utf8.len, utf8.codepoint).
-- Expected: utf8 functions are charged for the bytes they read: stopped by the instruction budget (E003).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local s = string.rep("\u{e9}", 5e5)
for i = 1, 1e9 do local n = utf8.len(s) local c = utf8.codepoint(s, -2) end
