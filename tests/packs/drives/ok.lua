-- A drive that holds: every step succeeds against the fake kiosk.
start()
tap "Yes"
type "Sore back"
expect "Hello"
expect_not "Goodbye"
expect_screen "question"
wait(95.5)
shot "welcome"
assert(list() == "1. Do I need a scan?")
assert(printed() == nil)
log("done", 3)
