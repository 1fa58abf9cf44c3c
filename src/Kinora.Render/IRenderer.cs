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

    /// <summary>Renders one frame (no camera motion blur).</summary>
    void Submit(WorldFrame world, CameraFrame camera) => Submit(world, camera, null);

    /// <summary>
    /// Renders one frame; previous is the camera one frame earlier (1/fps seconds before) in the same shot, from
    /// which camera motion blur is drawn (a 180° shutter); null at a shot's first frame or for a still.
    /// </summary>
    void Submit(WorldFrame world, CameraFrame camera, CameraFrame? previous);

    void Flush();
}

/// <summary>Receives finished frames; the span is valid only during the call.</summary>
public delegate void FrameSink(ReadOnlySpan<byte> yuv420);
