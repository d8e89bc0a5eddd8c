-- Attack: compare two 4 MiB strings, again and again: one instruction each, megabytes of work in C.
-- Expected: the budget counts instructions, so the wall clock stops it: loading the pack has 3 s (E008).
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local a, b = string.rep("a", 1 << 22) .. "x", string.rep("a", 1 << 22) .. "y"
for i = 1, 1e9 do local _ = a < b or a == b end
