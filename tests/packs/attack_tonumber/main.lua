-- Attack: convert a long run of digits in a base, again and again (tonumber(s, 10) reads every byte).
-- Expected: tonumber is charged for the bytes it reads: stopped by the instruction budget (E003).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local s = string.rep("7", 190)
for i = 1, 1e9 do local n = tonumber(s, 10) end
