// Starter rule table, replaced by Guards/Data/InjectionRules.swift (the evaluated table).
enum InjectionRuleData {
    static let rules: [(id: String, weight: Double, pattern: String)] = [
        ("override.ignore_previous", 0.85, #"\b(?:ignore|disregard|forget)\W+(?:\w+\W+){0,2}(?:previous|prior|above|earlier|all)\W+(?:\w+\W+){0,2}(?:instructions?|rules|prompts?|directions)\b"#),
        ("extraction.system_prompt", 0.8, #"\b(?:reveal|show|print|repeat|tell me)\W+(?:\w+\W+){0,3}(?:system\s+prompt|instructions)\b"#),
        ("bulk.list_customers", 0.8, #"\b(?:list|dump|export|show)\W+(?:\w+\W+){0,2}(?:all|every)\W+(?:\w+\W+){0,1}(?:customers?|users?|e-?mails?|orders)\b"#),
    ]
}
