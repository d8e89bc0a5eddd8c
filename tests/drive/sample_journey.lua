-- The whole journey through the sample pack: every kind of question, the list, the end.
start()
expect_screen "question"
expect "Nothing you tell me is saved."
tap "No"                         -- seen_before: a single choice moves on at once
expect "How pain works"          -- a choice shown only when seen_before = No
tap "How pain works"
expect "It is your body's alarm system."
tap "Next"
expect_screen "question"
expect "Where is your pain?"
tap "Back"
tap "Next"
tap "My knee"
tap "My neck"
tap "Next"
expect "Is your knee hot, swollen and very painful?"
expect_not "numbness between your legs"
tap "Yes"
expect "How much pain do you have right now?"
tap "7"
tap "Poor"
expect "Is there anything else you want your clinician to know?"
type "Can I still Run?"
expect "Can I still Run?"
tap "Next"
expect_screen "pick"
tap "Do I need a scan? Why or why not?"
tap "What should I do if I have a flare-up?"
tap "Type my own question"
type "Will it come back?"
tap "Add to my list"
tap "Next"
expect_screen "list"
expect "Do I need a scan? Why or why not?"
expect "Will it come back?"
expect "My sleep has been Poor."
expect "Please tell the front desk about your hot, swollen knee"
local l = list()
assert(l:find("Can I still Run?", 1, true), "typed note missing from the list")
assert(l:find("What should I do if I have a flare-up?", 1, true))
assert(not l:find("Which movements are safe", 1, true))
shot "list"
tap "Next"
expect_screen "end"
wait(25)
expect_screen "attract"
