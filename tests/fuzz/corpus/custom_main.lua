start "w"
scene "w" { ask "pain", go = "@end" }
question "pain" { text = "Pain?", scale = { 0, 10 } }
note "concat" { text = "a", when = function() return answer("pain") .. nil end }
note "loop" { text = "b", when = function() while true do end end }
note "global" { text = "c", when = function() counter = 1 return true end }
note "high" { text = "d", when = function(p) return p.at_least("pain", 7) and not visited("x") end }
note "object" { text = "e", when = function() return answer("pain") ~= nil and any(at_most("pain", 2), false) end }
note "define" { text = "f", when = function() prompt "late" { text = "x" } return true end }
