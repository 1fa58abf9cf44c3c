using System.Numerics;
using System.Runtime.InteropServices;
using Kinora.Direction;
using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>
/// The cast: each character's skinned body mesh is uploaded once (every level of detail, bind pose) and skinned in
/// the vertex shader from the frame's joint matrices, 24 a figure. Skinning on the GPU keeps the per-frame upload to
/// about 1.5 kB a figure rather than the deformed vertices (~100 kB), and on llvmpipe the vertex stage is a small
/// share of a frame at 1080p and 4K, where shading pixels dominates; small figures and shadows use the coarse level.
/// </summary>
public sealed partial class GlRenderer
{
    /// <summary>A figure whose bounding sphere spans fewer pixels than this (radius) is drawn at the coarse level.</summary>
    const float FigureDetailPixels = 140;
    const int FigureVertexBytes = 48;

    sealed record ResidentLevel(uint Vao, uint Vertices, uint Indices, int IndexCount);

    readonly Dictionary<BodyMesh, ResidentLevel[]> bodies = new(ReferenceEqualityComparer.Instance);
    ShaderVariants? figureVariants;
    ShaderProgram? figureShadowProgram;
    uint jointBuffer;
    int jointCapacity;
    float[] jointData = [];

    /// <summary>Uploads every figure's joint matrices (figure i's start at joint i × <see cref="BodyJoints.Count"/>).</summary>
    void UploadFigures(WorldFrame world)
    {
        var figures = world.Figures;
        if (figures.IsDefaultOrEmpty) return;
        if (jointBuffer == 0) jointBuffer = gl.CreateBuffer();
        int floats = figures.Length * BodyJoints.Count * 16;
        if (jointData.Length < floats) jointData = new float[floats];
        for (int f = 0; f < figures.Length; f++)
        {
            var skin = figures[f].Skin;
            MemoryMarshal.Cast<Matrix4x4, float>(skin.AsSpan()).CopyTo(jointData.AsSpan(f * BodyJoints.Count * 16));
        }
        Upload(jointBuffer, ref jointCapacity, MemoryMarshalBytes(jointData.AsSpan(0, floats)));
    }

    /// <summary>The figures into the shadow map, at the coarse level. Leaves the set's vertex array bound.</summary>
    void DrawFigureShadows(WorldFrame world, Matrix4x4 lightViewProj) => DrawFigureDepth(world, lightViewProj, null);

    /// <summary>
    /// The figures' depth alone: into the shadow map (no camera: the coarse level, both faces), or into the scene's
    /// depth pre-pass (with the camera: the level and faces the lit pass will draw, so its depths match exactly).
    /// </summary>
    unsafe void DrawFigureDepth(WorldFrame world, Matrix4x4 lightViewProj, CameraFrame? camera)
    {
        if (world.Figures.IsDefaultOrEmpty) return;
        figureShadowProgram ??= new ShaderProgram(gl, "figureshadow.vert", "shadow.frag");
        figureShadowProgram.Use();
        figureShadowProgram.Set("uLightViewProj", lightViewProj);
        gl.BindBufferBase(BufferTargetARB.ShaderStorageBuffer, 1, jointBuffer);
        if (camera is not null) gl.Enable(EnableCap.CullFace);
        Span<Vector4> planes = stackalloc Vector4[6];
        DrawList.PlanesOf(lightViewProj, planes);
        for (int f = 0; f < world.Figures.Length; f++)
        {
            var figure = world.Figures[f];
            if (!Inside(figure.Bounds, planes)) continue;
            var levels = Resident(figure.Mesh);
            var level = camera is { } seen ? LevelFor(figure, levels, seen) : levels[^1];
            figureShadowProgram.Set("uJointBase", f * BodyJoints.Count);
            gl.BindVertexArray(level.Vao);
            gl.DrawElements(PrimitiveType.Triangles, (uint)level.IndexCount, DrawElementsType.UnsignedInt, null);
        }
        if (camera is not null) gl.Disable(EnableCap.CullFace);
        gl.BindVertexArray(meshVao);
    }

    /// <summary>
    /// The figures into the scene, lit like everything else (the same fragment shader and feature set as the scene
    /// program, in the variant for the surface class each body's materials need). Leaves the set's vertex array bound.
    /// </summary>
    void DrawFigures(in LitPass lit, string[] features, CameraFrame camera)
    {
        var world = lit.World;
        var cam = lit.Cam;
        if (world.Figures.IsDefaultOrEmpty) return;
        figureVariants ??= new ShaderVariants(gl, "figure.vert", "scene.frag");
        gl.BindBufferBase(BufferTargetARB.ShaderStorageBuffer, 1, jointBuffer);
        gl.Enable(EnableCap.CullFace);
        Span<Vector4> planes = stackalloc Vector4[6];
        DrawList.PlanesOf(cam.ViewProjection, planes);
        // Nearest first, so the depth test spares the shading of whoever stands behind.
        var order = Enumerable.Range(0, world.Figures.Length)
            .Select(i => (i, d: Vector3.Distance(new Vector3(world.Figures[i].Bounds.X, world.Figures[i].Bounds.Y, world.Figures[i].Bounds.Z), camera.Position)))
            .OrderBy(x => x.d).ThenBy(x => x.i).Select(x => x.i).ToArray();
        Span<bool> programmed = stackalloc bool[SurfaceClasses.Count];
        ShaderProgram? current = null;
        foreach (int f in order)
        {
            var figure = world.Figures[f];
            if (!Inside(figure.Bounds, planes)) continue;
            var surface = SurfaceClasses.OfBody(figure.Mesh.Materials);
            var program = figureVariants.Get([.. features, .. SurfaceClasses.Defines(surface)]);
            if (!programmed[(int)surface])
            {
                UseLit(program, lit);
                programmed[(int)surface] = true;
            }
            else if (!ReferenceEquals(program, current)) program.Use();
            current = program;
            DrawFigure(program, figure, f, LevelFor(figure, Resident(figure.Mesh), camera));
        }
        gl.Disable(EnableCap.CullFace);
        gl.BindVertexArray(meshVao);
    }

    /// <summary>
    /// One figure with a lit figure program (the scene's or the reflection's): its materials, where its joints start in
    /// the frame's joint buffer, the chosen level's mesh.
    /// </summary>
    unsafe void DrawFigure(ShaderProgram program, Figure figure, int index, ResidentLevel level)
    {
        Span<Vector4> albedo = stackalloc Vector4[BodyMesh.MaxMaterials];
        Span<Vector4> emission = stackalloc Vector4[BodyMesh.MaxMaterials];
        Span<int> pattern = stackalloc int[BodyMesh.MaxMaterials];
        var materials = figure.Mesh.Materials;
        for (int m = 0; m < materials.Length; m++)
        {
            var mat = materials[m];
            albedo[m] = new Vector4(mat.Albedo, Math.Clamp(mat.Roughness, 0.03f, 1f));
            emission[m] = new Vector4(mat.Emission, Math.Clamp(mat.Metallic, 0f, 1f));
            pattern[m] = mat.Pattern;
        }
        program.Set("uAlbedoRoughness", albedo[..materials.Length]);
        program.Set("uEmissionMetallic", emission[..materials.Length]);
        program.Set("uPattern", pattern[..materials.Length]); // the reflection's shader has none: GL ignores it
        program.Set("uJointBase", index * BodyJoints.Count);
        gl.BindVertexArray(level.Vao);
        gl.DrawElements(PrimitiveType.Triangles, (uint)level.IndexCount, DrawElementsType.UnsignedInt, null);
    }

    /// <summary>What every lit program of a frame is given: the sun, sky and practicals, the view and the shadow map.</summary>
    readonly record struct LitPass(WorldFrame World, CameraMatrices Cam, Vector3 TowardSun, float Night, float Time,
        ShadowCascade[] Cascades, FrameLamps Practicals);

    /// <summary>Makes a lit program current with the frame's lighting, view and shadow map.</summary>
    void UseLit(ShaderProgram program, in LitPass lit)
    {
        program.Use();
        SetLighting(program, lit.World, lit.Cam, lit.TowardSun, lit.Night, lit.Time);
        program.Set("uViewProj", lit.Cam.ViewProjection);
        SetCascades(program, lit.Cascades);
        SetBeams(program, lit.World.Light);
        SetPracticals(program, lit.Practicals);
        SetSurface(program, lit);
    }

    /// <summary>The full mesh where the figure spans more than FigureDetailPixels on screen, else the coarse one.</summary>
    ResidentLevel LevelFor(Figure figure, ResidentLevel[] levels, CameraFrame camera)
    {
        float pixelsPerRadian = internalHeight / (2 * MathF.Tan(Math.Clamp(camera.VerticalFov, 0.01f, 3f) * 0.5f));
        var centre = new Vector3(figure.Bounds.X, figure.Bounds.Y, figure.Bounds.Z);
        float distance = MathF.Max(Vector3.Distance(centre, camera.Position) - figure.Bounds.W, 1e-3f);
        return figure.Bounds.W / distance * pixelsPerRadian > FigureDetailPixels ? levels[0] : levels[^1];
    }

    static bool Inside(Vector4 sphere, ReadOnlySpan<Vector4> planes) => DrawList.Meets(planes, new Vector3(sphere.X, sphere.Y, sphere.Z), sphere.W);

    /// <summary>A body's levels on the GPU, uploaded the first time it is drawn (vertices interleaved, 48 bytes each).</summary>
    unsafe ResidentLevel[] Resident(BodyMesh body)
    {
        if (bodies.TryGetValue(body, out var resident)) return resident;
        resident = new ResidentLevel[body.Levels.Length];
        for (int l = 0; l < body.Levels.Length; l++)
        {
            var level = body.Levels[l];
            var bytes = new byte[level.VertexCount * FigureVertexBytes];
            for (int v = 0; v < level.VertexCount; v++)
            {
                var span = bytes.AsSpan(v * FigureVertexBytes, FigureVertexBytes);
                var floats = MemoryMarshal.Cast<byte, float>(span[..40]);
                var p = level.Positions[v];
                var n = level.Normals[v];
                floats[0] = p.X; floats[1] = p.Y; floats[2] = p.Z;
                floats[3] = n.X; floats[4] = n.Y; floats[5] = n.Z;
                for (int i = 0; i < 4; i++) floats[6 + i] = level.Weights[v * 4 + i];
                for (int i = 0; i < 4; i++) span[40 + i] = level.Joints[v * 4 + i];
                span[44] = level.MaterialSlots[v];
            }
            uint vb = gl.CreateBuffer(), ib = gl.CreateBuffer();
            fixed (byte* pv = bytes) gl.NamedBufferStorage(vb, (nuint)bytes.Length, pv, BufferStorageMask.None);
            var indices = level.Indices.AsSpan();
            fixed (uint* pi = indices) gl.NamedBufferStorage(ib, (nuint)(indices.Length * sizeof(uint)), pi, BufferStorageMask.None);
            uint vao = gl.CreateVertexArray();
            gl.VertexArrayVertexBuffer(vao, 0, vb, 0, FigureVertexBytes);
            gl.VertexArrayElementBuffer(vao, ib);
            Attribute(vao, 0, 0, 3, 0);
            Attribute(vao, 1, 0, 3, 3);
            Attribute(vao, 3, 0, 4, 6);
            gl.EnableVertexArrayAttrib(vao, 4);
            gl.VertexArrayAttribIFormat(vao, 4, 4, VertexAttribIType.UnsignedByte, 40);
            gl.VertexArrayAttribBinding(vao, 4, 0);
            gl.EnableVertexArrayAttrib(vao, 5);
            gl.VertexArrayAttribIFormat(vao, 5, 1, VertexAttribIType.UnsignedByte, 44);
            gl.VertexArrayAttribBinding(vao, 5, 0);
            resident[l] = new ResidentLevel(vao, vb, ib, indices.Length);
        }
        bodies[body] = resident;
        return resident;
    }

    void DeleteFigures()
    {
        foreach (var levels in bodies.Values)
            foreach (var l in levels)
            {
                gl.DeleteVertexArray(l.Vao);
                gl.DeleteBuffers([l.Vertices, l.Indices]);
            }
        bodies.Clear();
        if (jointBuffer != 0) gl.DeleteBuffer(jointBuffer);
        figureShadowProgram?.Dispose();
        figureVariants?.Dispose();
    }
}
