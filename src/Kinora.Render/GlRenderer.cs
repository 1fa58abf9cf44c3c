using System.Numerics;
using Kinora.Direction;
using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>
/// The OpenGL 4.5 renderer. Per frame: cascaded sun shadow maps (1024² near, 1536² far, in one atlas; culled per
/// cascade, coarser meshes; ShadowFit.cs); the scene at the internal
/// resolution, lit in HDR and written as encoded exposed radiance (8 bits a channel), with the analytic sky behind
/// it and fog; bloom at a quarter of that resolution and depth of field at half (GlRenderer.Post.cs); a finishing
/// pass at the internal resolution (FXAA, sharpen, motion blur, the blur layers, ACES, rain/snow, the look's grade,
/// vignette); and one pass at the output resolution that upscales (bilinear), adds grain and the letterbox and
/// writes I420 straight into a target laid out as the frame the encoder wants, read back through a ring of pixel
/// buffer objects.
/// The GL context is made current for each call and released after it: calls may come from any thread, one at a
/// time (they are serialised by a lock); the sink runs on the calling thread inside Submit or Flush.
/// </summary>
public sealed partial class GlRenderer : IRenderer
{
    const int MaxPracticals = 8;
    const int ReadbackSlots = 3;

    readonly RenderOptions options;
    readonly FrameSink sink;
    readonly EglContext context;
    readonly GL gl;
    readonly LookGrade grade;
    readonly UnitMeshes meshes = new();
    readonly Dictionary<string, StaticSet> sets = [];
    readonly InstanceRecords dynamicRecords = new();
    readonly DrawList staticView = new(), dynamicView = new(), waterView = new();
    readonly DrawList[] staticShadow = [new(), new()], dynamicShadow = [new(), new()];
    uint[] instanceIndices = [];
    int instanceIndexCapacity;
    readonly ReadbackRing readback;
    readonly int internalWidth, internalHeight;
    readonly uint seedHash;
    readonly object gate = new();

    readonly ShaderProgram depthProgram, glassDepthProgram, skyProgram, outputProgram;
    readonly ShaderVariants sceneVariants, finishVariants, depthVariants;
    readonly uint meshVao, emptyVao, vertexBuffer, indexBuffer, dynamicBuffer, instanceIndexBuffer;
    readonly uint shadowMap, shadowFbo, sceneColour, sceneDepth, sceneFbo, finished, finishedFbo, yuv, yuvFbo;
    readonly int yuvBytesPerTexel, yuvTexelsPerRow, yuvRows;
    readonly FrameLayout frames;
    readonly uint linearSampler, shadowSampler;
    int dynamicCapacity;
    bool disposed;

    /// <summary>When set, each pass is finished and timed (slows rendering; for benchmarks).</summary>
    internal PassProfile? Profile { get; set; }

    /// <summary>
    /// Draws depth before colour so each pixel is shaded once (on by default; off only to measure what it saves:
    /// the same pixels either way).
    /// </summary>
    internal bool DepthPrepass { get; set; } = true;

    /// <summary>Frames rendered so far (for logs).</summary>
    public long FramesSubmitted { get; private set; }

    public int Width => options.Width;
    public int Height => options.Height;

    /// <summary>What the sink receives: see <see cref="RenderOptions.Frames"/>.</summary>
    public FrameLayout Frames => frames;
    public string Description { get; }

    /// <summary>The scene's internal resolution in pixels (output size × render scale).</summary>
    public (int Width, int Height) InternalSize => (internalWidth, internalHeight);

    internal GlRenderer(RenderOptions options, FrameSink sink)
    {
        this.options = options;
        this.sink = sink;
        grade = LookGrade.For(options.Look);
        internalWidth = options.InternalWidth;
        internalHeight = options.InternalHeight;
        seedHash = (uint)(options.Seed ^ (options.Seed >> 32)) * 2654435761u + 0x9E3779B9u;
        context = new EglContext(options.Backend);
        gl = context.Gl;
        Description = context.Description;
        try
        {
            sceneVariants = new ShaderVariants(gl, "scene.vert", "scene.frag");
            sceneVariants.Get("SUN_SHADOW"); // the daytime variant: a compile error shows at construction
            depthVariants = new ShaderVariants(gl, "shadow.vert", "shadow.frag");
            depthProgram = depthVariants.Get();
            glassDepthProgram = depthVariants.Get("GLASS");
            skyProgram = new ShaderProgram(gl, "fullscreen.vert", "sky.frag");
            finishVariants = new ShaderVariants(gl, "fullscreen.vert", "finish.frag");
            finishVariants.Get();
            outputProgram = new ShaderProgram(gl, "fullscreen.vert", options.Frames.FullChroma ? "output444.frag" : "output.frag");

            (meshVao, vertexBuffer, indexBuffer) = CreateMeshVertexArray();
            emptyVao = gl.CreateVertexArray();
            dynamicBuffer = gl.CreateBuffer();
            instanceIndexBuffer = gl.CreateBuffer();
            gl.VertexArrayVertexBuffer(meshVao, 1, instanceIndexBuffer, 0, sizeof(uint));

            linearSampler = gl.CreateSampler();
            gl.SamplerParameter(linearSampler, SamplerParameterI.MinFilter, (int)GLEnum.Linear);
            gl.SamplerParameter(linearSampler, SamplerParameterI.MagFilter, (int)GLEnum.Linear);
            gl.SamplerParameter(linearSampler, SamplerParameterI.WrapS, (int)GLEnum.ClampToEdge);
            gl.SamplerParameter(linearSampler, SamplerParameterI.WrapT, (int)GLEnum.ClampToEdge);
            shadowSampler = gl.CreateSampler();
            gl.SamplerParameter(shadowSampler, SamplerParameterI.MinFilter, (int)GLEnum.Linear);
            gl.SamplerParameter(shadowSampler, SamplerParameterI.MagFilter, (int)GLEnum.Linear);
            gl.SamplerParameter(shadowSampler, SamplerParameterI.WrapS, (int)GLEnum.ClampToBorder);
            gl.SamplerParameter(shadowSampler, SamplerParameterI.WrapT, (int)GLEnum.ClampToBorder);
            gl.SamplerParameter(shadowSampler, SamplerParameterF.BorderColor, [1f, 1f, 1f, 1f]);
            gl.SamplerParameter(shadowSampler, SamplerParameterI.CompareMode, (int)GLEnum.CompareRefToTexture);
            gl.SamplerParameter(shadowSampler, SamplerParameterI.CompareFunc, (int)GLEnum.Lequal);

            (shadowMap, shadowFbo) = CreateTarget(ShadowFit.AtlasWidth, ShadowFit.AtlasHeight, 0, SizedInternalFormat.DepthComponent32f, out _);
            (sceneColour, sceneFbo) = CreateTarget(internalWidth, internalHeight, SizedInternalFormat.Rgba8, SizedInternalFormat.DepthComponent32f, out sceneDepth);
            (finished, finishedFbo) = CreateTarget(internalWidth, internalHeight, SizedInternalFormat.Rgba8, 0, out _);
            // Four bytes of the frame per RGBA8 texel when the width allows: a quarter of the fragments.
            frames = options.Frames;
            yuvBytesPerTexel = frames.Width % 4 == 0 ? 4 : 1;
            yuvTexelsPerRow = frames.Width / yuvBytesPerTexel;
            yuvRows = frames.Bytes / frames.Width;
            (yuv, yuvFbo) = CreateTarget(yuvTexelsPerRow, yuvRows, yuvBytesPerTexel == 4 ? SizedInternalFormat.Rgba8 : SizedInternalFormat.R8, 0, out _);
            readback = new ReadbackRing(gl, ReadbackSlots, frames.Bytes);
            CreatePost();
            CreateSurface();

            // Reversed-Z wants depth in 0..1 rather than GL's −1..1.
            gl.ClipControl(ClipControlOrigin.LowerLeft, ClipControlDepth.ZeroToOne);
            CheckError("setup");
            context.Release();
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }
}
