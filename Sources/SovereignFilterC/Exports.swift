// Placeholder replaced by the C ABI issue's exports.
