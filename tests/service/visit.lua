-- A patient part-way through a visit (an answer typed), then the live loop until the
-- service test sends SIGTERM: the kiosk must exit 0 within 1 s, having wiped the visit.
start()
tap "No"
tap "How pain works"
tap "Next"
tap "My knee"
tap "Next"
tap "No"
tap "7"
tap "Poor"
type "Marmot"
expect "Marmot"
serve()
