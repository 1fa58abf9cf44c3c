using System.Numerics;
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
        // Binding 1 streams one record index per instance; baseInstance picks each draw's slice of it.
        gl.EnableVertexArrayAttrib(vao, 2);
        gl.VertexArrayAttribIFormat(vao, 2, 1, VertexAttribIType.UnsignedInt, 0);
        gl.VertexArrayAttribBinding(vao, 2, 1);
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
        var (land, sea) = (new InstanceRecords(), new InstanceRecords());
        land.Pack([.. set.Instances.Where(i => !IsWater(i))]);
        sea.Pack([.. set.Instances.Where(IsWater)]);
        uint Resident(InstanceRecords records)
        {
            uint buffer = gl.CreateBuffer();
            nuint bytes = (nuint)Math.Max(InstanceRecords.Stride, records.Count * InstanceRecords.Stride);
            fixed (float* p = records.Data) gl.NamedBufferStorage(buffer, bytes, records.Count > 0 ? p : null, BufferStorageMask.None);
            return buffer;
        }
        var resident = new StaticSet(Resident(land), land, Resident(sea), sea);
        sets[set.Id] = resident;
        return resident;
    }

    unsafe void UploadDynamic(WorldFrame world)
    {
        dynamicRecords.Pack(world.Dynamic);
        Upload(dynamicBuffer, ref dynamicCapacity, MemoryMarshalBytes(dynamicRecords.Data.AsSpan(0, dynamicRecords.Count * InstanceRecords.FloatsPerInstance)));
    }

    static ReadOnlySpan<byte> MemoryMarshalBytes<T>(Span<T> span) where T : struct => System.Runtime.InteropServices.MemoryMarshal.AsBytes(span);

    /// <summary>Replaces a stream buffer's contents, growing it when needed (orphaning, so no wait on the GPU).</summary>
    unsafe void Upload(uint buffer, ref int capacity, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return;
        if (bytes.Length > capacity) capacity = Math.Max(bytes.Length, capacity * 2);
        gl.NamedBufferData(buffer, (nuint)capacity, null, BufferUsageARB.StreamDraw);
        fixed (byte* p = bytes) gl.NamedBufferSubData(buffer, 0, (nuint)bytes.Length, p);
    }

    /// <summary>
    /// One instanced draw per surface class, primitive and level (of one class when given), with the program in use;
    /// planes are double-sided since a wall quad may be seen from behind.
    /// </summary>
    unsafe void Draw(uint recordBuffer, DrawList list, int listOffset, bool cull, SurfaceClass? only = null)
    {
        if (list.Total == 0) return;
        gl.BindBufferBase(BufferTargetARB.ShaderStorageBuffer, 0, recordBuffer);
        for (var surface = SurfaceClass.Plain; (int)surface < SurfaceClasses.Count; surface++)
        {
            if (only is { } one && one != surface) continue;
            foreach (var shape in Enum.GetValues<Primitive>())
            {
                for (int level = 0; level < UnitMeshes.LevelCount; level++)
                {
                    var (first, count) = list.Groups[DrawList.Group(surface, shape, level)];
                    if (count == 0) continue;
                    if (cull && shape != Primitive.Plane) gl.Enable(EnableCap.CullFace); else gl.Disable(EnableCap.CullFace);
                    var range = meshes[shape, level];
                    gl.DrawElementsInstancedBaseVertexBaseInstance(PrimitiveType.Triangles, (uint)range.IndexCount, DrawElementsType.UnsignedInt,
                        (void*)(range.FirstIndex * sizeof(uint)), (uint)count, range.BaseVertex, (uint)(listOffset + first));
                }
            }
        }
        gl.Disable(EnableCap.CullFace);
    }

    /// <summary>
    /// Depth alone (a shadow cascade, the scene's pre-pass) seen through viewProjection: every class but glass with the
    /// program that has no fragment work, then, for a shadow, glass with the one that leaves its dither's holes (a pane
    /// lets three quarters of the sun through); the camera's pre-pass leaves glass out (see DrawGlass).
    /// </summary>
    void DrawDepth(uint recordBuffer, DrawList list, int listOffset, bool cull, Matrix4x4 viewProjection, bool glass = true)
    {
        if (list.Total == 0) return;
        depthProgram.Use();
        depthProgram.Set("uLightViewProj", viewProjection);
        for (var surface = SurfaceClass.Plain; surface < SurfaceClass.Glass; surface++)
            Draw(recordBuffer, list, listOffset, cull, surface);
        if (!glass || !list.Has(SurfaceClass.Glass)) return;
        glassDepthProgram.Use();
        glassDepthProgram.Set("uLightViewProj", viewProjection);
        Draw(recordBuffer, list, listOffset, cull, SurfaceClass.Glass);
    }

    void CheckError(string stage)
    {
        var error = gl.GetError();
        if (error != GLEnum.NoError) throw new InvalidOperationException($"OpenGL error {error} during {stage} on {Description}.");
    }

    /// <summary>Takes the GL context for one public call; calls are serialised, from whichever thread.</summary>
    ContextScope Enter()
    {
        Monitor.Enter(gate);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            context.Acquire();
            return new ContextScope(this);
        }
        catch
        {
            Monitor.Exit(gate);
            throw;
        }
    }

    readonly struct ContextScope(GlRenderer owner) : IDisposable
    {
        public void Dispose()
        {
            owner.context.Release();
            Monitor.Exit(owner.gate);
        }
    }

    public void Flush()
    {
        using var scope = Enter();
        while (readback.Pending > 0) readback.Deliver(sink);
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed) return;
            context.Acquire();
            DeleteAll();
            disposed = true;
            context.Dispose();
        }
    }

    void DeleteAll()
    {
        readback.Dispose();
        DeletePost();
        DeleteSurface();
        DeleteFigures();
        foreach (var s in sets.Values) gl.DeleteBuffers([s.Buffer, s.WaterBuffer]);
        waterVariants?.Dispose();
        DeleteReflection();
        gl.DeleteBuffers([vertexBuffer, indexBuffer, dynamicBuffer, instanceIndexBuffer]);
        gl.DeleteVertexArrays([meshVao, emptyVao]);
        gl.DeleteTextures([shadowMap, sceneColour, sceneDepth, finished, yuv]);
        if (staticShadowCache != 0) gl.DeleteTexture(staticShadowCache);
        gl.DeleteFramebuffers([shadowFbo, sceneFbo, finishedFbo, yuvFbo]);
        gl.DeleteSamplers([linearSampler, shadowSampler]);
        foreach (var p in new[] { skyProgram, outputProgram }) p.Dispose();
        depthVariants.Dispose();
        sceneVariants.Dispose();
        finishVariants.Dispose();
    }
}
