-- "Print my list" sends the list to the printer; the patient sees the outcome and goes on.
-- Read aloud is on from the list screen (the no-writes test covers spoken screens).
start()
tap "No"
tap "Let's begin"
tap "My knee"
tap "Next"
tap "Yes"                                   -- a "today" flag: hot, swollen knee
tap "6"
tap "Poor"
type "Zebra quartz 4471 my own note"
tap "Next"
tap "Do I need a scan? Why or why not?"
tap "Type my own question"
type "Will the quokka 9938 come back?"
tap "Add to my list"
tap "Next"
expect_screen "list"
tap "Read aloud"                            -- speech is made in memory: no file (no_writes.sh)
expect "Stop reading"
wait(2)
assert(heard().peak > 1000, "read aloud was not heard")
tap "Print my list"
expect_screen "printing"
expect "Take your list from the printer."
expect "Stop reading"                       -- the printing screen has the button, and reads
local p = assert(printed(), "nothing was printed")
assert(p:find("Will the quokka 9938 come back?", 1, true), "typed question not printed")
assert(p:find("Do I need a scan? Why or why not?", 1, true), "picked question not printed")
assert(p:find("Zebra quartz 4471 my own note", 1, true), "note not printed")
assert(p:find("hot, swollen knee", 1, true), "today flag not printed")
assert(p:find("Get help straight away", 1, true), "safety net not printed")
tap "Next"
expect_screen "end"
