import Foundation
import UserNotifications

/// Keeps the system's pending notifications equal to the core's: the core returns the whole
/// desired set each time (at most 64, as many as iOS keeps), so they are replaced as a whole.
/// The system keeps them across restarts; with the vault locked (after a restart with a PIN) the
/// core cannot say, and what was planned while it was open stays. The texts name no person,
/// number or document kind: they are safe on the lock screen.
enum ReminderScheduler {
    private static let limit: UInt32 = 64
    /// Every request's id starts with this, so only Huquq's own are ever removed.
    private static let prefix = "huquq.reminder."

    static func rearm(app: App) {
        guard app.vaultExists() else {
            removeAll()
            return
        }
        let wanted: [PendingNotification]
        do {
            wanted = try app.pendingNotifications(now: Date(), limit: limit)
        } catch HuquqError.Locked {
            return
        } catch {
            // The core could not answer: leave what is planned as it is.
            return
        }
        let center = UNUserNotificationCenter.current()
        center.getPendingNotificationRequests { pending in
            let ours = pending.map(\.identifier).filter { $0.hasPrefix(prefix) }
            center.removePendingNotificationRequests(withIdentifiers: ours)
            for notification in wanted {
                center.add(request(for: notification))
            }
        }
    }

    /// Whether any reminder is planned: the moment notifications become worth asking for.
    static func anyPlanned(app: App) -> Bool {
        guard app.vaultIsOpen() else { return false }
        return !((try? app.pendingNotifications(now: Date(), limit: 1)) ?? []).isEmpty
    }

    /// Asks once for permission to show notifications, when a reminder is first planned.
    static func askWhenRelevant(app: App) {
        guard anyPlanned(app: app) else { return }
        let center = UNUserNotificationCenter.current()
        center.getNotificationSettings { settings in
            guard settings.authorizationStatus == .notDetermined else { return }
            center.requestAuthorization(options: [.alert, .sound, .badge]) { granted, _ in
                if granted { DispatchQueue.main.async { rearm(app: app) } }
            }
        }
    }

    static func removeAll() {
        let center = UNUserNotificationCenter.current()
        center.getPendingNotificationRequests { pending in
            center.removePendingNotificationRequests(withIdentifiers: pending.map(\.identifier).filter { $0.hasPrefix(prefix) })
        }
    }

    private static func request(for notification: PendingNotification) -> UNNotificationRequest {
        let content = UNMutableNotificationContent()
        content.title = notification.title
        content.body = notification.body
        content.sound = .default
        let at = Date(timeIntervalSince1970: TimeInterval(notification.fireAtUnix))
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: at)
        let trigger = UNCalendarNotificationTrigger(dateMatching: parts, repeats: false)
        return UNNotificationRequest(identifier: prefix + notification.id, content: content, trigger: trigger)
    }
}
