start "welcome"
-- an endless loop at load time
while true do end
