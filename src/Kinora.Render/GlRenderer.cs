using System.Numerics;
using Kinora.Direction;
using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>
/// The OpenGL 4.5 renderer. Per frame: a sun shadow map; the scene into an HDR (RGBA16F) target at the internal
/// resolution, with the analytic sky behind it and fog; a develop pass (rain, exposure, ACES, look grade); FXAA;
/// and one pass at output resolution that upscales (Catmull-Rom), adds vignette and grain and writes I420 straight
/// into an R8 target laid out as the frame buffer the encoder wants, read back through a ring of PBOs.
/// The GL context is current on the creating thread: every call must come from that thread.
/// </summary>
public sealed partial class GlRenderer : IRenderer
{
    const int ShadowMapSize = 2048;
    const int MaxPracticals = 8;
    const int ReadbackSlots = 3;

    readonly RenderOptions options;
    readonly FrameSink sink;
    readonly EglContext context;
    readonly GL gl;
    readonly LookGrade grade;
    readonly UnitMeshes meshes = new();
    readonly Dictionary<string, StaticSet> sets = [];
    readonly InstanceBatch packer = new();
    readonly ReadbackRing readback;
    readonly int internalWidth, internalHeight;
    readonly uint seedHash;

    readonly ShaderProgram sceneProgram, shadowProgram, skyProgram, developProgram, fxaaProgram, outputProgram;
    readonly uint meshVao, emptyVao, vertexBuffer, indexBuffer, dynamicBuffer;
    readonly uint shadowMap, shadowFbo, hdrColour, hdrDepth, hdrFbo, ldrA, ldrAFbo, ldrB, ldrBFbo, yuv, yuvFbo;
    readonly uint linearSampler, shadowSampler;
    int dynamicCapacity;
    bool disposed;

    /// <summary>Frames rendered so far (for logs).</summary>
    public long FramesSubmitted { get; private set; }

    public int Width => options.Width;
    public int Height => options.Height;
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
            sceneProgram = new ShaderProgram(gl, "scene.vert", "scene.frag");
            shadowProgram = new ShaderProgram(gl, "shadow.vert", "shadow.frag");
            skyProgram = new ShaderProgram(gl, "fullscreen.vert", "sky.frag");
            developProgram = new ShaderProgram(gl, "fullscreen.vert", "develop.frag");
            fxaaProgram = new ShaderProgram(gl, "fullscreen.vert", "fxaa.frag");
            outputProgram = new ShaderProgram(gl, "fullscreen.vert", "output.frag");

            (meshVao, vertexBuffer, indexBuffer) = CreateMeshVertexArray();
            emptyVao = gl.CreateVertexArray();
            dynamicBuffer = gl.CreateBuffer();

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

            (shadowMap, shadowFbo) = CreateTarget(ShadowMapSize, ShadowMapSize, 0, SizedInternalFormat.DepthComponent32f, out _);
            (hdrColour, hdrFbo) = CreateTarget(internalWidth, internalHeight, SizedInternalFormat.Rgba16f, SizedInternalFormat.DepthComponent32f, out hdrDepth);
            (ldrA, ldrAFbo) = CreateTarget(internalWidth, internalHeight, SizedInternalFormat.Rgba8, 0, out _);
            (ldrB, ldrBFbo) = CreateTarget(internalWidth, internalHeight, SizedInternalFormat.Rgba8, 0, out _);
            (yuv, yuvFbo) = CreateTarget(Width, Height * 3 / 2, SizedInternalFormat.R8, 0, out _);
            readback = new ReadbackRing(gl, ReadbackSlots, Width * Height * 3 / 2);

            // Reversed-Z wants depth in 0..1 rather than GL's −1..1.
            gl.ClipControl(ClipControlOrigin.LowerLeft, ClipControlDepth.ZeroToOne);
            CheckError("setup");
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }
}
