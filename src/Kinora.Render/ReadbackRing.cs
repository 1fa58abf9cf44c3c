using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>
/// Pixel buffer objects that frames are read into (glReadPixels into a PBO returns without waiting on a GPU) and
/// mapped a frame or two later, so read-back overlaps the next frame's drawing. Frames leave in submission order.
/// </summary>
sealed unsafe class ReadbackRing : IDisposable
{
    readonly GL gl;
    readonly uint[] buffers;
    readonly nint[] fences;
    readonly int frameBytes;
    readonly Queue<int> pending = new();
    int next;

    public ReadbackRing(GL gl, int slots, int frameBytes)
    {
        this.gl = gl;
        this.frameBytes = frameBytes;
        buffers = new uint[slots];
        fences = new nint[slots];
        for (int i = 0; i < slots; i++)
        {
            buffers[i] = gl.CreateBuffer();
            gl.NamedBufferStorage(buffers[i], (nuint)frameBytes, null, BufferStorageMask.MapReadBit | BufferStorageMask.ClientStorageBit);
        }
    }

    public int Pending => pending.Count;

    /// <summary>Starts reading the bound read framebuffer (texels × rows of R8 or RGBA8) into the next free slot.</summary>
    public void Capture(int texels, int rows, bool rgba, FrameSink sink)
    {
        if (pending.Count == buffers.Length) Deliver(sink);
        int slot = next;
        next = (next + 1) % buffers.Length;
        gl.BindBuffer(BufferTargetARB.PixelPackBuffer, buffers[slot]);
        gl.PixelStore(PixelStoreParameter.PackAlignment, 1);
        gl.ReadPixels(0, 0, (uint)texels, (uint)rows, rgba ? PixelFormat.Rgba : PixelFormat.Red, PixelType.UnsignedByte, null);
        gl.BindBuffer(BufferTargetARB.PixelPackBuffer, 0);
        fences[slot] = gl.FenceSync(SyncCondition.SyncGpuCommandsComplete, SyncBehaviorFlags.None);
        pending.Enqueue(slot);
    }

    /// <summary>Hands the oldest pending frame to the sink.</summary>
    public void Deliver(FrameSink sink)
    {
        int slot = pending.Dequeue();
        gl.ClientWaitSync(fences[slot], SyncObjectMask.Bit, ulong.MaxValue);
        gl.DeleteSync(fences[slot]);
        fences[slot] = 0;
        void* p = gl.MapNamedBufferRange(buffers[slot], 0, (nuint)frameBytes, MapBufferAccessMask.ReadBit);
        if (p == null) throw new InvalidOperationException("Mapping a read-back buffer failed.");
        try
        {
            sink(new ReadOnlySpan<byte>(p, frameBytes));
        }
        finally
        {
            gl.UnmapNamedBuffer(buffers[slot]);
        }
    }

    public void Dispose()
    {
        foreach (var f in fences) if (f != 0) gl.DeleteSync(f);
        gl.DeleteBuffers(buffers);
    }
}
