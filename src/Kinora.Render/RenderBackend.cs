namespace Kinora.Render;

/// <summary>Where the pixels are made.</summary>
public enum RenderBackend
{
    /// <summary>NVIDIA's EGL when the default display is NVIDIA's, else Mesa's llvmpipe.</summary>
    Auto,

    /// <summary>Mesa llvmpipe through EGL's surfaceless platform: the pinned reference rasterizer.</summary>
    Cpu,

    /// <summary>The default EGL display (NVIDIA's EGL on a GPU machine); fails if there is none.</summary>
    Gpu,
}
