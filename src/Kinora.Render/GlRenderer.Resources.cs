using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

public sealed partial class GlRenderer
{
    unsafe (uint Vao, uint Vertices, uint Indices) CreateMeshVertexArray()
    {
        float[] v = meshes.Vertices;
        uint[] idx = meshes.Indices;
        uint vb = gl.CreateBuffer(), ib = gl.CreateBuffer();
        fixed (float* p = v) gl.NamedBufferStorage(vb, (nuint)(v.Length * sizeof(float)), p, BufferStorageMask.None);
        fixed (uint* p = idx) gl.NamedBufferStorage(ib, (nuint)(idx.Length * sizeof(uint)), p, BufferStorageMask.None);
        uint vao = gl.CreateVertexArray();
        gl.VertexArrayVertexBuffer(vao, 0, vb, 0, 6 * sizeof(float));
        gl.VertexArrayElementBuffer(vao, ib);
        Attribute(vao, 0, 0, 3, 0);
        Attribute(vao, 1, 0, 3, 3);
        // Binding 1 is the per-instance stream; the buffer behind it is swapped between the set and the dynamic batch.
        for (uint i = 0; i < 7; i++) Attribute(vao, 2 + i, 1, 4, 4 * i);
        gl.VertexArrayBindingDivisor(vao, 1, 1);
        return (vao, vb, ib);
    }

    void Attribute(uint vao, uint location, uint binding, int size, uint offsetFloats)
    {
        gl.EnableVertexArrayAttrib(vao, location);
        gl.VertexArrayAttribFormat(vao, location, size, VertexAttribType.Float, false, offsetFloats * sizeof(float));
        gl.VertexArrayAttribBinding(vao, location, binding);
    }

    (uint Texture, uint Framebuffer) CreateTarget(int width, int height, SizedInternalFormat colour, SizedInternalFormat depth, out uint depthTexture)
    {
        uint fbo = gl.CreateFramebuffer();
        uint colourTexture = 0;
        depthTexture = 0;
        if (colour != 0)
        {
            colourTexture = gl.CreateTexture(TextureTarget.Texture2D);
            gl.TextureStorage2D(colourTexture, 1, colour, (uint)width, (uint)height);
            gl.NamedFramebufferTexture(fbo, FramebufferAttachment.ColorAttachment0, colourTexture, 0);
        }
        else
        {
            gl.NamedFramebufferDrawBuffer(fbo, ColorBuffer.None);
            gl.NamedFramebufferReadBuffer(fbo, GLEnum.None);
        }
        if (depth != 0)
        {
            depthTexture = gl.CreateTexture(TextureTarget.Texture2D);
            gl.TextureStorage2D(depthTexture, 1, depth, (uint)width, (uint)height);
            gl.NamedFramebufferTexture(fbo, FramebufferAttachment.DepthAttachment, depthTexture, 0);
        }
        var status = gl.CheckNamedFramebufferStatus(fbo, FramebufferTarget.Framebuffer);
        if (status != GLEnum.FramebufferComplete)
            throw new RendererUnavailableException($"A {width}×{height} {colour}/{depth} framebuffer is incomplete ({status}) on {Description}.");
        // Depth-only targets return the depth texture as the texture.
        return (colour != 0 ? colourTexture : depthTexture, fbo);
    }

    unsafe StaticSet SetFor(SetGeometry set)
    {
        if (sets.TryGetValue(set.Id, out var cached)) return cached;
        var batch = new InstanceBatch();
        batch.Pack(set.Instances);
        uint buffer = gl.CreateBuffer();
        nuint bytes = (nuint)Math.Max(1, batch.Count * InstanceBatch.Stride);
        fixed (float* p = batch.Data) gl.NamedBufferStorage(buffer, bytes, p, BufferStorageMask.None);
        var resident = new StaticSet(buffer, [.. batch.Groups], batch.Count);
        sets[set.Id] = resident;
        return resident;
    }

    unsafe void UploadDynamic(WorldFrame world)
    {
        packer.Pack(world.Dynamic);
        int bytes = packer.Count * InstanceBatch.Stride;
        if (bytes == 0) return;
        if (bytes > dynamicCapacity)
        {
            dynamicCapacity = Math.Max(bytes, dynamicCapacity * 2);
            fixed (float* p = packer.Data) gl.NamedBufferData(dynamicBuffer, (nuint)dynamicCapacity, null, BufferUsageARB.StreamDraw);
        }
        fixed (float* p = packer.Data) gl.NamedBufferSubData(dynamicBuffer, 0, (nuint)bytes, p);
    }

    /// <summary>One instanced draw per primitive; planes are drawn double-sided since a wall quad may be seen from behind.</summary>
    unsafe void DrawInstances(uint buffer, (int First, int Count)[] groups, bool cull)
    {
        gl.VertexArrayVertexBuffer(meshVao, 1, buffer, 0, InstanceBatch.Stride);
        foreach (var shape in Enum.GetValues<Primitive>())
        {
            var (first, count) = groups[(int)shape];
            if (count == 0) continue;
            if (cull && shape != Primitive.Plane) gl.Enable(EnableCap.CullFace); else gl.Disable(EnableCap.CullFace);
            var range = meshes[shape];
            gl.DrawElementsInstancedBaseVertexBaseInstance(PrimitiveType.Triangles, (uint)range.IndexCount, DrawElementsType.UnsignedInt,
                (void*)(range.FirstIndex * sizeof(uint)), (uint)count, range.BaseVertex, (uint)first);
        }
        gl.Disable(EnableCap.CullFace);
    }

    void CheckError(string stage)
    {
        var error = gl.GetError();
        if (error != GLEnum.NoError) throw new InvalidOperationException($"OpenGL error {error} during {stage} on {Description}.");
    }

    void Guard()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (Environment.CurrentManagedThreadId != context.OwnerThread)
            throw new InvalidOperationException("GlRenderer must be used from the thread that created it: its OpenGL context is current there.");
    }

    public void Flush()
    {
        Guard();
        while (readback.Pending > 0) readback.Deliver(sink);
    }

    public void Dispose()
    {
        if (disposed) return;
        if (Environment.CurrentManagedThreadId != context.OwnerThread)
            throw new InvalidOperationException("GlRenderer must be disposed on the thread that created it.");
        disposed = true;
        readback.Dispose();
        foreach (var s in sets.Values) gl.DeleteBuffer(s.Buffer);
        gl.DeleteBuffers([vertexBuffer, indexBuffer, dynamicBuffer]);
        gl.DeleteVertexArrays([meshVao, emptyVao]);
        gl.DeleteTextures([shadowMap, hdrColour, hdrDepth, ldrA, ldrB, yuv]);
        gl.DeleteFramebuffers([shadowFbo, hdrFbo, ldrAFbo, ldrBFbo, yuvFbo]);
        gl.DeleteSamplers([linearSampler, shadowSampler]);
        foreach (var p in new[] { sceneProgram, shadowProgram, skyProgram, developProgram, fxaaProgram, outputProgram }) p.Dispose();
        context.Dispose();
    }
}
