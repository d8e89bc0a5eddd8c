-- Attack: a to-be-closed value whose __close never returns.
-- Expected: refused at setmetatable (E005); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
do local x <close> = setmetatable({}, {__close = function() while true do end end}) end
