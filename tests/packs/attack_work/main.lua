-- Attack: hang the kiosk inside library functions, where the instruction budget does not look (a huge table.move, then a loop of big strings).
-- Expected: stopped by the instruction budget, which counts work done in C too (E003); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
table.move({}, 1, 1e15, 1)
