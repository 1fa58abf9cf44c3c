#version 450 core
// What the water mirrors (GlRenderer.Reflection.cs): the set and the cast seen from the camera's mirror image, at a
// quarter of the scene's pixels, lit cheaply, since waves break the image up and Fresnel dims it: the sun without
// shadows, the sky's ambient, the practicals' diffuse light, emission, and fog along the reflected ray from the water
// to the surface (the water's own pass fogs the way from the camera to the water). Written in the scene's encoding
// (developPixel) with alpha 1, over a clear alpha 0 where the water shows the sky (water.frag draws that itself).
in vec3 vWorld;
in vec3 vNormal;
in vec3 vSkyEven;
flat in vec4 vAlbedoRoughness;
flat in vec4 vEmissionMetallic;
flat in float vGlass;

uniform vec3 uCameraPos;      // the camera's mirror image
uniform vec3 uSunDir;
uniform vec3 uSunColour;
uniform vec3 uSkyZenith;
uniform vec3 uSkyHorizon;
uniform float uNight;
uniform float uInterior;
uniform float uWaterHeight;

uniform int uPointCount;
uniform vec4 uPointPos[8];     // xyz position (m), w range (m)
uniform vec4 uPointColour[8];  // rgb colour × intensity

layout(location = 0) out vec4 outColour;

void main()
{
    vec3 n = normalize(vNormal);
    if (!gl_FrontFacing) n = -n;
    vec3 albedo = vAlbedoRoughness.rgb;
    float metallic = vEmissionMetallic.a;
    vec3 diffuse = albedo * (1.0 - metallic);

    vec3 colour = uSunColour * max(dot(n, uSunDir), 0.0) * diffuse;
    // The ambient, with scene.frag's guess at occlusion from the height above the ground (no occlusion pass here).
    vec3 ambient = max(vSkyEven + uSkySH[1] * n.y + uSkySH[2] * n.z + uSkySH[3] * n.x, vec3(0.0));
    colour += diffuse * ambient * mix(0.55, 1.0, clamp(vWorld.y * 0.6 + 0.35 + n.y * 0.3, 0.0, 1.0));
    // Smooth and metal things and glass panes show the sky: its mean, without a reflected ray of their own.
    vec3 sky = mix(uSkyHorizon, uSkyZenith, 0.4) * mix(1.0, 0.2, uInterior);
    vec3 f0 = mix(vec3(0.04), albedo, metallic);
    colour += f0 * sky * (1.0 - 0.7 * vAlbedoRoughness.a);
    colour = vGlass > 0.5 ? mix(colour, sky, 0.5) : colour;

#ifdef POINT_LIGHTS
    for (int i = 0; i < uPointCount; i++)
    {
        vec3 lp = uPointPos[i].xyz - vWorld;
        float d2 = max(dot(lp, lp), 0.01);
        float q = d2 / (uPointPos[i].w * uPointPos[i].w);
        float window = clamp(1.0 - q * q, 0.0, 1.0);
        float pl = max(dot(n, lp), 0.0) * inversesqrt(d2);
        colour += uPointColour[i].rgb * (window * window / (d2 + 0.25)) * pl * diffuse;
    }
#endif
    colour += vEmissionMetallic.rgb;

    // Where the reflected ray leaves the water: on the line from the mirrored camera to the surface.
    vec3 toSurface = vWorld - uCameraPos;
    vec3 atWater = uCameraPos + toSurface * clamp((uWaterHeight - uCameraPos.y) / max(toSurface.y, 1e-4), 0.0, 1.0);
    vec4 fog = fogAlong(atWater, vWorld, uSunDir, uSunColour * (1.0 - uNight), uSkyHorizon);
    colour = mix(colour, fog.rgb, fog.a);
    outColour = vec4(developPixel(colour).rgb, 1.0);
}
