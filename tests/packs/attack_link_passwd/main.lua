-- Attack: read a file outside the pack through a link (evil.lua -> /etc/passwd).
-- Expected: the link is not followed (E009); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
