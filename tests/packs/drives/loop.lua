start()
while true do end
