-- Attack: hang the checker and the kiosk in a finalizer: Lua runs __gc with hooks off, where the instruction budget never fires.
-- Expected: refused at setmetatable (E005); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
for i = 1, 50 do setmetatable({}, {__gc = function() while true do end end}) end
