-- Attack: read every byte of a big string onto the stack, again and again (string.byte).
-- Expected: string.byte is charged for the bytes it reads: stopped by the instruction budget (E003).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local s = string.rep("a", 1 << 16)
for i = 1, 1e9 do local n = select("#", s:byte(1, -1)) end
