/// Account names and passwords.
public enum AccountRules {
    public static let minimumPasswordLength = 8
    /// The longest user name, in bytes: what is stored, and what a login or a throttle's key reads.
    public static let maxUsernameBytes = 40
    /// The longest password a login reads, in bytes (bcrypt reads the first 72).
    public static let maxPasswordBytes = 1024

    /// Lower-cased user name: 3–40 of a–z, 0–9, dot, dash, underscore.
    public static func username(_ raw: String?) throws(DomainError) -> String {
        let u = (raw ?? "").trimmingCharactersInSet().lowercased()
        let ok =
            (3...40).contains(u.count) && u.utf8.count <= maxUsernameBytes
            && u.allSatisfy { ch in
                ch.isASCII && (ch.isLetter || ch.isNumber || ch == "." || ch == "-" || ch == "_")
            }
        guard ok else {
            throw DomainError(
                .invalid, code: "username.invalid",
                vi: "Tên đăng nhập gồm 3–40 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.",
                en: "The user name has 3–40 letters (a–z), digits, dots, dashes or underscores.",
                field: "username")
        }
        return u
    }

    public static func password(_ raw: String?) throws(DomainError) -> String {
        let p = raw ?? ""
        guard p.count >= minimumPasswordLength, p.count <= 200 else {
            throw DomainError(
                .invalid, code: "password.tooShort",
                vi: "Mật khẩu phải có ít nhất \(minimumPasswordLength) ký tự.",
                en: "The password needs at least \(minimumPasswordLength) characters.", field: "password")
        }
        return p
    }

    public static func displayName(_ raw: String?, fallback: String) throws(DomainError) -> String {
        let n = VietnameseText.normalizeName(raw ?? "")
        if n.count > 100 {
            throw DomainError(
                .invalid, code: "displayName.tooLong", vi: "Tên hiển thị quá dài.",
                en: "The display name is too long.", field: "displayName")
        }
        return n.isEmpty ? fallback : n
    }
}
