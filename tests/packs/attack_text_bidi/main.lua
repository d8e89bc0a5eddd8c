-- Attack: marks that reorder text on screen (right-to-left override), so that staff read one thing in the file and patients another.
-- Expected: refused by the checker (E302); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Take \u{202E}01\u{202C} tablets.", go = "@end" }
