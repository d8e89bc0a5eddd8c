-- An urgent answer interrupts at once, shows no answers, never times out, and wipes the
-- session when the patient says they have told the staff.
start()
tap "Yes"
tap "Let's begin"
tap "My back"
tap "Next"
expect "Is there new numbness between your legs or around your bottom?"
tap "Not sure"                                   -- "Not sure" on an urgent item is urgent
expect_screen "urgent"
expect "Please go to the front desk now"
expect "Your answer means a member of staff should check on you now."
expect_not "My back"                             -- no answers on the urgent screen
expect_not "Not sure"
expect "Start over"                              -- the toolbar is there, but Back and Start
                                                 -- over are greyed out (staff clear it)
shot "urgent"
wait(3600)                                       -- it never times out to the attract screen
expect_screen "urgent"
tap "I have told the staff"
expect_screen "attract"
-- The session was wiped: a new visit starts empty.
start()
tap "Yes"
tap "Let's begin"
expect "Where is your pain?"
assert(not list():find("Possible", 1, true))
-- The bladder question, later in the same scene, interrupts just the same.
tap "My back"
tap "Next"
tap "No"
tap "Yes"
expect_screen "urgent"
