/// A core error's reason: already in the user's language, and never naming what the user typed.
/// Shown as is; a screen decides by the case and its fields, never by reading the text.
extension HuquqError {
    var reason: String {
        switch self {
        case let .NotFound(_, reason),
             let .InvalidInput(_, _, reason),
             let .QueryTooLong(_, reason),
             let .BadPhoto(_, reason),
             let .WrongKey(reason),
             let .WrongPin(_, reason),
             let .KeyErased(reason),
             let .PinNotSet(reason),
             let .PinRequired(reason),
             let .PinWait(_, reason),
             let .PinTooShort(_, reason),
             let .Locked(reason),
             let .NoVault(reason),
             let .VaultExists(reason),
             let .TooNew(reason),
             let .BackupWrongSecret(reason),
             let .JournalBroken(reason),
             let .BackupDamaged(_, reason),
             let .BackupUnsupported(_, reason),
             let .Storage(reason),
             let .Crypto(reason),
             let .Content(reason),
             let .ContentPack(_, reason):
            return reason
        }
    }
}
