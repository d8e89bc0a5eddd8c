-- Attack: a finalizer that is not a function but a table with __call, so a check for functions misses it.
-- Expected: refused at setmetatable (E005): any __gc is refused; the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local f = setmetatable({}, {__call = function() while true do end end})
local t = setmetatable({}, {__gc = f})
