-- An urgent answer interrupts at once and shows no answers. Only staff clear the urgent
-- screen: "I have asked for help" leaves it up (and says someone is coming), it survives the
-- idle timeout and the wrong code, and the staff PIN (sample_urgent.conf) clears it and
-- wipes the visit.
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
expect_not "Start over"
expect_not "Back"
shot "urgent"
tap "I have asked for help"
expect_screen "urgent"                           -- the patient cannot dismiss it
expect "Someone from the desk will come to you"
expect "Your answer means a member of staff should check on you now."
expect_not "I have asked for help"
wait(3600)                                       -- it never times out to the attract screen
expect_screen "urgent"
expect "Someone from the desk will come to you"
tap "Larger text"                                -- the patient may still make it readable
expect_screen "urgent"
-- A wrong code does not clear it; the code pad left alone goes back to the urgent screen.
tap "Staff: clear this screen"
expect_screen "staff"
expect "Enter the desk code or the staff PIN"
tap "1" tap "1" tap "1" tap "1"
expect "That PIN is not right."
wait(600)
expect_screen "urgent"
expect "Someone from the desk will come to you"
-- The hidden staff gesture opens the same pad; the staff PIN clears the screen.
hold "top-left"
expect_screen "staff"
tap "2" tap "4" tap "6" tap "8"
expect_screen "staff"                            -- the staff menu, the visit wiped
tap "Back to the patient"
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
