-- Attack: a NUL byte through an escape, which would cut the text short in C.
-- Expected: refused by the checker (E302) at the word; the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.\0 Hidden words after the NUL.", go = "@end" }
