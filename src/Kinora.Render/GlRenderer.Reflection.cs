using System.Numerics;
using Kinora.Direction;
using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>
/// The planar reflection open water shows: when water is in view, the set, the moving props and the cast are drawn
/// mirrored about the dominant water plane (WaterMirror) into a target of a quarter of the scene's pixels, clipped
/// below the plane, with a cheap lit shader (reflection.frag), and only over the part of the screen the water covers.
/// water.frag samples it through its waves' slopes and mixes it in by its Fresnel. A frame with no water in view
/// pays nothing; the target is made the first time one has.
/// </summary>
public sealed partial class GlRenderer
{
    /// <summary>The texture unit the water reads its reflection from (the lit pass uses 0, 6 and 7).</summary>
    const int ReflectionUnit = 5;

    /// <summary>Extra screen (in normalised device units) drawn around the water: the waves bend the lookup this far.</summary>
    const float ReflectionMargin = 0.06f;

    /// <summary>The plane this frame's reflection mirrors about, or null when the water shows only the sky.</summary>
    WaterMirror? mirror;

    /// <summary>The plane the last frame's water mirrored about, or null when it showed the sky alone (for tests).</summary>
    internal WaterMirror? LastMirror => mirror;

    /// <summary>
    /// Whether open water reflects the set (on by default; off only to measure what it costs or to compare).
    /// </summary>
    internal bool Reflections { get; set; } = true;

    ShaderVariants? reflectionVariants, reflectionFigureVariants;
    uint reflectionColour, reflectionDepth, reflectionFbo, reflectionIndexBuffer;
    int reflectionIndexCapacity;
    uint[] reflectionIndices = [];
    readonly DrawList staticMirrored = new(), dynamicMirrored = new();

    /// <summary>
    /// Draws the mirrored set for this frame's water, if any, then puts the scene pass's state back as it found it (the
    /// scene target, the depth test as the pre-pass left it, or as it is without one, the letterbox's scissor, the set's
    /// vertex array).
    /// </summary>
    void DrawReflection(StaticSet set, in LitPass lit, CameraFrame camera, bool letterboxed)
    {
        mirror = null;
        if (waterView.Total == 0 || !Reflections) return;
        var cam = lit.Cam;
        mirror = WaterMirror.Choose(set.Water, waterView.Indices, cam.ViewProjection, camera.Position);
        if (mirror is not { } plane) return;

        if (reflectionFbo == 0)
            (reflectionColour, reflectionFbo) = CreateTarget(halfWidth, halfHeight, SizedInternalFormat.Rgba8, SizedInternalFormat.DepthComponent32f, out reflectionDepth);
        var reflection = plane.Reflection;
        var view = reflection * cam.View;
        var mirrored = new CameraMatrices(view, cam.Projection, view * cam.Projection, cam.Near, cam.Far);
        var mirroredEye = Vector3.Transform(camera.Position, reflection);

        // What the mirror sees: the mirrored frustum, less what lies wholly below the water.
        Span<Vector4> planes = stackalloc Vector4[7];
        DrawList.PlanesOf(mirrored.ViewProjection, planes);
        planes[6] = new Vector4(0, 1, 0, -plane.Height);
        float pixelsPerRadian = halfHeight / (2 * MathF.Tan(Math.Clamp(camera.VerticalFov, 0.01f, 3f) * 0.5f));
        staticMirrored.Build(set.Records, planes, mirroredEye, pixelsPerRadian, 0);
        dynamicMirrored.Build(dynamicRecords, planes, mirroredEye, pixelsPerRadian, 0);
        // Open sea with nothing standing over it in view: the water shows the sky alone, as without a reflection.
        if (staticMirrored.Total == 0 && dynamicMirrored.Total == 0 && !AnyFigureInside(lit.World, planes))
        {
            mirror = null;
            return;
        }
        UploadMirroredIndices();

        gl.BindFramebuffer(FramebufferTarget.Framebuffer, reflectionFbo);
        gl.Viewport(0, 0, (uint)halfWidth, (uint)halfHeight);
        // Only where the water is (and a margin for the waves' bending), inside the letterbox's picture.
        var picture = InternalPicture();
        var s = plane.Screen;
        int x0 = Math.Max((int)MathF.Floor((s.X - ReflectionMargin + 1) * 0.5f * halfWidth), picture.X / 2);
        int y0 = Math.Max((int)MathF.Floor((s.Y - ReflectionMargin + 1) * 0.5f * halfHeight), picture.Y / 2);
        int x1 = Math.Min((int)MathF.Ceiling((s.Z + ReflectionMargin + 1) * 0.5f * halfWidth), (picture.X + picture.Width + 1) / 2);
        int y1 = Math.Min((int)MathF.Ceiling((s.W + ReflectionMargin + 1) * 0.5f * halfHeight), (picture.Y + picture.Height + 1) / 2);
        gl.Enable(EnableCap.ScissorTest);
        gl.Scissor(x0, y0, (uint)Math.Max(0, x1 - x0), (uint)Math.Max(0, y1 - y0));
        gl.ClearColor(0, 0, 0, 0);
        gl.ClearDepth(0.0);
        gl.DepthMask(true);
        gl.Clear(ClearBufferMask.ColorBufferBit | ClearBufferMask.DepthBufferBit);
        gl.DepthFunc(DepthFunction.Greater);
        gl.Enable(EnableCap.ClipDistance0);
        // A mirror turns the triangles' winding round.
        gl.FrontFace(FrontFaceDirection.CW);

        var mirroredLit = lit with { Cam = mirrored };
        string[] features = lit.Practicals.Length > 0 ? ["POINT_LIGHTS"] : [];
        reflectionVariants ??= new ShaderVariants(gl, "reflection.vert", "reflection.frag");
        var program = reflectionVariants.Get(features);
        UseReflection(program, mirroredLit, plane.Height);
        DrawFiguresMirrored(mirroredLit, features, plane.Height, planes);
        program.Use();
        gl.VertexArrayVertexBuffer(meshVao, 1, reflectionIndexBuffer, 0, sizeof(uint));
        Draw(dynamicBuffer, dynamicMirrored, 0, cull: true);
        Draw(set.Buffer, staticMirrored, dynamicMirrored.Total, cull: true);
        gl.VertexArrayVertexBuffer(meshVao, 1, instanceIndexBuffer, 0, sizeof(uint));

        gl.FrontFace(FrontFaceDirection.Ccw);
        gl.Disable(EnableCap.ClipDistance0);
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, sceneFbo);
        gl.Viewport(0, 0, (uint)internalWidth, (uint)internalHeight);
        if (letterboxed) gl.Scissor(picture.X, picture.Y, (uint)picture.Width, (uint)picture.Height);
        else gl.Disable(EnableCap.ScissorTest);
        gl.DepthFunc(DepthPrepass ? DepthFunction.Gequal : DepthFunction.Greater);
        gl.DepthMask(!DepthPrepass);
    }

    void UseReflection(ShaderProgram program, in LitPass lit, float height)
    {
        UseLit(program, lit);
        program.Set("uWaterHeight", height);
        // The reflected ray's fog is reckoned from the water (reflection.frag), where the air is as dense as this.
        program.Set("uFogAtEye", MathF.Exp(-0.08f * MathF.Max(height, -50f)));
    }

    /// <summary>The mirrored lists' indices, dynamic first, into a buffer of their own (the scene's stays as it is).</summary>
    void UploadMirroredIndices()
    {
        int total = dynamicMirrored.Total + staticMirrored.Total;
        if (reflectionIndexBuffer == 0) reflectionIndexBuffer = gl.CreateBuffer();
        if (reflectionIndices.Length < total) reflectionIndices = new uint[Math.Max(total, reflectionIndices.Length * 2)];
        dynamicMirrored.Indices.CopyTo(reflectionIndices);
        staticMirrored.Indices.CopyTo(reflectionIndices.AsSpan(dynamicMirrored.Total));
        Upload(reflectionIndexBuffer, ref reflectionIndexCapacity, MemoryMarshalBytes(reflectionIndices.AsSpan(0, total)));
    }

    static bool AnyFigureInside(WorldFrame world, ReadOnlySpan<Vector4> planes)
    {
        if (world.Figures.IsDefaultOrEmpty) return false;
        foreach (var figure in world.Figures)
            if (Inside(figure.Bounds, planes)) return true;
        return false;
    }

    /// <summary>The cast, mirrored, at the coarse level of detail. Leaves the set's vertex array bound.</summary>
    void DrawFiguresMirrored(in LitPass lit, string[] features, float height, ReadOnlySpan<Vector4> planes)
    {
        var world = lit.World;
        if (world.Figures.IsDefaultOrEmpty) return;
        reflectionFigureVariants ??= new ShaderVariants(gl, "reflection.vert", "reflection.frag");
        var program = reflectionFigureVariants.Get([.. features, "FIGURE"]);
        UseReflection(program, lit, height);
        gl.BindBufferBase(BufferTargetARB.ShaderStorageBuffer, 1, jointBuffer);
        gl.Enable(EnableCap.CullFace);
        for (int f = 0; f < world.Figures.Length; f++)
        {
            var figure = world.Figures[f];
            if (Inside(figure.Bounds, planes)) DrawFigure(program, figure, f, Resident(figure.Mesh)[^1]);
        }
        gl.Disable(EnableCap.CullFace);
        gl.BindVertexArray(meshVao);
    }

    /// <summary>The water program's reflection: the target on <see cref="ReflectionUnit"/>, the plane, the lookup's scale.</summary>
    void SetReflection(ShaderProgram program, in LitPass lit, WaterMirror plane)
    {
        gl.BindTextureUnit(ReflectionUnit, reflectionColour);
        gl.BindSampler(ReflectionUnit, linearSampler);
        program.Set("uReflection", ReflectionUnit);
        program.Set("uWaterHeight", plane.Height);
        program.Set("uScreenSize", new Vector2(internalWidth, internalHeight));
        // The camera's right and forward on the water's plane: a wave's tilt bends the lookup along them.
        var v = lit.Cam.View;
        program.Set("uViewRight", new Vector2(v.M11, v.M31));
        program.Set("uViewAhead", new Vector2(-v.M13, -v.M33));
    }

    void DeleteReflection()
    {
        reflectionVariants?.Dispose();
        reflectionFigureVariants?.Dispose();
        if (reflectionIndexBuffer != 0) gl.DeleteBuffer(reflectionIndexBuffer);
        if (reflectionFbo == 0) return;
        gl.DeleteTextures([reflectionColour, reflectionDepth]);
        gl.DeleteFramebuffers([reflectionFbo]);
    }
}
