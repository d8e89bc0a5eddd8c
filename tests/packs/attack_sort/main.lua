-- Attack: sort thousands of references to two long, nearly equal strings: each comparison reads megabytes in C.
-- Expected: table.sort is charged for its comparisons and the bytes they read: stopped by the instruction budget (E003).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local a, b = string.rep("a", 1 << 21) .. "x", string.rep("a", 1 << 21) .. "y"
local t = {}
for i = 1, 2e4 do t[i] = i % 2 == 0 and a or b end
for i = 1, 1e9 do table.sort(t) end
