import ImageIO
import UIKit

/// Page images decoded for the screen within bounds: ImageIO shrinks while decoding, so an image
/// is never held larger than needed, whatever its header claims (a 48-megapixel page decoded whole
/// would need about 190 MB). Called off the main thread: decoding takes tens of milliseconds.
enum PageImages {
    /// Long side a decoded page may have; still enough to read small print when zoomed in.
    static let maxSide = 4096
    /// A thumbnail is drawn 96 pt high; this covers the densest screens.
    static let thumbnailMaxSide = 512

    /// The image, at most `maxSide` pixels on its long side, or nil when it cannot be decoded.
    static func decode(_ jpeg: Data, maxSide: Int = PageImages.maxSide) -> UIImage? {
        let noCache = [kCGImageSourceShouldCache: false] as CFDictionary
        guard let source = CGImageSourceCreateWithData(jpeg as CFData, noCache) else { return nil }
        let options = [
            // Always from the image itself, never from a thumbnail embedded in the file.
            kCGImageSourceCreateThumbnailFromImageAlways: true,
            kCGImageSourceThumbnailMaxPixelSize: maxSide,
            kCGImageSourceCreateThumbnailWithTransform: true,
            kCGImageSourceShouldCacheImmediately: true,
        ] as CFDictionary
        guard let image = CGImageSourceCreateThumbnailAtIndex(source, 0, options) else { return nil }
        return UIImage(cgImage: image)
    }
}
