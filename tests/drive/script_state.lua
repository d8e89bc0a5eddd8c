-- Nothing a script kept outlives a visit: a function that remembers an earlier visit in a
-- local never sees one, because the pack is loaded afresh after each visit.
start()
tap "Yes"
expect_not "Someone was here before you."
expect_screen "end"
tap "Done"
start()
tap "Yes"
expect_not "Someone was here before you."
expect_screen "end"
wait(30)
expect_screen "attract"
start()
tap "Yes"
expect_not "Someone was here before you."
