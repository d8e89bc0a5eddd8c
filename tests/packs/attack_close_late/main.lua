-- Attack: give a metatable its __close after setmetatable, so the guard on setmetatable does not see it.
-- Expected: __close runs with hooks on: stopped by the instruction budget (E003); the kiosk shows the error screen.
meta { title = "Attack test", version = "1", reviewed_by = "A. Physio", reviewed_on = "2026-11-01" }
start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
local mt = {}
local t = setmetatable({}, mt)
mt.__close = function() while true do end end
do local x <close> = t end
