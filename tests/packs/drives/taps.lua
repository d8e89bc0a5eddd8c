-- taps(): the patient's taps since the visit left the attract screen, and keys typed.
start()            -- the touch that begins the visit: 1
tap "Yes"          -- 2
type "ab"          -- 2 keys
tap "Staff"        -- 3, and the staff screen opens
tap "Yes"          -- on a staff screen: not counted
log(taps())
tap "Done"         -- back to the attract screen (not counted)
tap "Yes"          -- leaves the attract screen: a new visit, 1
log(taps())
