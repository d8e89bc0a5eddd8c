-- After 90 s without a touch: "Are you still there?" with a countdown of at least 20 s and
-- one big button; then the session is wiped and the attract screen returns.
start()
tap "Yes"
tap "Let's begin"
tap "My knee"
tap "Next"
expect "Is your knee hot, swollen and very painful?"
wait(89)
expect_screen "question"
wait(2)
expect_screen "idle_warning"
expect "Are you still there?"
expect "I'm still here"
shot "idle"
wait(10)
expect_screen "idle_warning"
tap "I'm still here"
expect_screen "question"                         -- back where the patient was
expect "Is your knee hot, swollen and very painful?"
tap "Yes"                                        -- a "today" flag is raised
assert(list():find("hot, swollen knee", 1, true))
wait(91)
expect_screen "idle_warning"
wait(19)
expect_screen "idle_warning"                     -- at least 20 s to answer
wait(15)
expect_screen "attract"
assert(not list():find("hot, swollen knee", 1, true), "the answers were not wiped")
start()
tap "Yes"
tap "Let's begin"
expect "Where is your pain?"
