using Kinora.Direction;
using Kinora.World;

namespace Kinora.Render;

/// <summary>
/// Turns a world frame seen by a camera into pixels. Frames come out in submission order through the sink
/// given at construction, as planar YUV 4:2:0 (BT.709, limited range) of Width×Height, possibly a frame or two
/// after they were submitted (asynchronous read-back); Flush() delivers the rest.
/// </summary>
public interface IRenderer : IDisposable
{
    int Width { get; }
    int Height { get; }

    /// <summary>"llvmpipe (Mesa 22.3.6), OpenGL 4.5" or the GPU's name: for logs and benchmark records.</summary>
    string Description { get; }

    void Submit(WorldFrame world, CameraFrame camera);

    void Flush();
}

/// <summary>Receives finished frames; the span is valid only during the call.</summary>
public delegate void FrameSink(ReadOnlySpan<byte> yuv420);
