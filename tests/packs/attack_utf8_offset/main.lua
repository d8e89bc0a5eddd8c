-- Attack: walk a megabyte of text in C, again and again (utf8.offset).
-- Expected: utf8 functions are charged for the bytes they read: stopped by the instruction budget (E003).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local s = string.rep("a", 1 << 20)
for i = 1, 1e9 do local n = utf8.offset(s, 1 << 20) end
