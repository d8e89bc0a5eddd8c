-- Attack: upper-case 4 MiB of text, again and again (string.upper).
-- Expected: string functions are charged for what they read and make: stopped by the instruction budget (E003).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local s = string.rep("a", 1 << 22)
for i = 1, 1e9 do local u = s:upper() end
