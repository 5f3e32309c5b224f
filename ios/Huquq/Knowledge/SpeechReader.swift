import AVFoundation
import SwiftUI

/// Reads the core's sentences aloud with the system's speech synthesizer, in the text's own
/// language (which may differ from the app's).
@MainActor
final class SpeechReader: NSObject, ObservableObject, AVSpeechSynthesizerDelegate {
    @Published private(set) var speaking = false
    private let synthesizer = AVSpeechSynthesizer()
    private var last: AVSpeechUtterance?

    override init() {
        super.init()
        synthesizer.delegate = self
    }

    /// Starts reading; false when the phone has no voice for the language.
    func start(_ chunks: [String], language: String) -> Bool {
        stop()
        guard !chunks.isEmpty, let voice = AVSpeechSynthesisVoice(language: language) else { return false }
        for chunk in chunks {
            let utterance = AVSpeechUtterance(string: chunk)
            utterance.voice = voice
            synthesizer.speak(utterance)
            last = utterance
        }
        speaking = true
        return true
    }

    func stop() {
        last = nil
        speaking = false
        synthesizer.stopSpeaking(at: .immediate)
    }

    nonisolated func speechSynthesizer(_ synthesizer: AVSpeechSynthesizer, didFinish utterance: AVSpeechUtterance) {
        Task { @MainActor in
            if utterance === self.last {
                self.last = nil
                self.speaking = false
            }
        }
    }
}
