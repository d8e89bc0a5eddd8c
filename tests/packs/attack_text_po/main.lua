-- Attack: a translation (strings/es.po) with a mark that reorders text on screen, so that staff read one thing and Spanish-speaking patients another.
-- Expected: refused by the checker (E302); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Take 10 tablets.", go = "@end" }
