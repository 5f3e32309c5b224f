import SwiftUI

/// A page photo that can be pinched to zoom, dragged and double-tapped, so small print on a stamp
/// can be read. As Android's ZoomMath: from fitting the view up to six times that, and never
/// dragged away (a side smaller than the view stays centred, a larger one always covers it).
struct ZoomImage: View {
    let image: UIImage
    let label: String
    @State private var scale: CGFloat = 1
    @State private var offset: CGSize = .zero
    @State private var startScale: CGFloat = 1
    @State private var startOffset: CGSize = .zero

    private static let maxZoom: CGFloat = 6
    private static let doubleTapZoom: CGFloat = 2.5
    private static let space = "zoom"

    var body: some View {
        GeometryReader { geometry in
            let view = geometry.size
            Image(uiImage: image)
                .resizable()
                .scaledToFit()
                .frame(width: view.width, height: view.height)
                .scaleEffect(scale)
                .offset(offset)
                .contentShape(Rectangle())
                .gesture(pinchAndDrag(view))
                .simultaneousGesture(
                    SpatialTapGesture(count: 2, coordinateSpace: .named(Self.space)).onEnded { tap in
                        toggle(at: tap.location, view)
                    }
                )
                // A new size (the phone turned): the whole picture again.
                .onChange(of: view) { _ in
                    scale = 1
                    offset = .zero
                    remember()
                }
        }
        .coordinateSpace(name: Self.space)
        .clipped()
        .accessibilityElement()
        .accessibilityLabel(label)
        .accessibilityAddTraits(.isImage)
    }

    private func pinchAndDrag(_ view: CGSize) -> some Gesture {
        MagnificationGesture()
            .simultaneously(with: DragGesture(minimumDistance: 10))
            .onChanged { value in
                let next = min(max(startScale * (value.first ?? 1), 1), Self.maxZoom)
                let moved = value.second?.translation ?? .zero
                // iOS 16 gives no pinch location: the point at the view's centre stays there.
                let ratio = next / startScale
                apply(next, CGSize(width: startOffset.width * ratio + moved.width,
                                   height: startOffset.height * ratio + moved.height), view)
            }
            .onEnded { _ in remember() }
    }

    /// A double tap: from the fitted picture to 2.5 times it at the tap, else back.
    private func toggle(at point: CGPoint, _ view: CGSize) {
        let next: CGFloat = scale > 1.01 ? 1 : Self.doubleTapZoom
        let dx = point.x - view.width / 2
        let dy = point.y - view.height / 2
        let ratio = next / scale
        withAnimation(.easeInOut(duration: 0.2)) {
            apply(next, CGSize(width: dx - (dx - offset.width) * ratio, height: dy - (dy - offset.height) * ratio), view)
        }
        remember()
    }

    private func apply(_ next: CGFloat, _ moved: CGSize, _ view: CGSize) {
        let fitted = fittedSize(in: view)
        scale = next
        offset = CGSize(width: Self.clamp(moved.width, content: fitted.width * next, view: view.width),
                        height: Self.clamp(moved.height, content: fitted.height * next, view: view.height))
    }

    private func remember() {
        startScale = scale
        startOffset = offset
    }

    private func fittedSize(in view: CGSize) -> CGSize {
        let width = image.size.width
        let height = image.size.height
        guard width > 0, height > 0 else { return view }
        let factor = min(view.width / width, view.height / height)
        return CGSize(width: width * factor, height: height * factor)
    }

    /// One axis: centred when the content is smaller than the view, else covering it.
    private static func clamp(_ offset: CGFloat, content: CGFloat, view: CGFloat) -> CGFloat {
        let limit = max(0, (content - view) / 2)
        return min(max(offset, -limit), limit)
    }
}
