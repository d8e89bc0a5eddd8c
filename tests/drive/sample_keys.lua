-- The on-screen keyboard: capitals with Shift, Spanish accents, digits, delete.
start()
tap "Yes"
tap "Let's begin"
tap "Next"                                       -- no area ticked
tap "Skip"                                       -- pain_now skipped
tap "Skip"                                       -- sleep skipped
expect "Is there anything else you want your clinician to know?"
type "Dolor fuerte en la rodilla, ¿qué hago? 3x"
expect "Dolor fuerte en la rodilla, ¿qué hago? 3x"
tap "Delete"
tap "Delete"
expect "¿qué hago? "
type "ñú"
tap "Next"
tap "Next"
expect_screen "list"
assert(list():find("Dolor fuerte en la rodilla, ¿qué hago? ñú", 1, true))
