// Lighthouse beams (Lighting.Beams): narrow cones from a lamp, each lighting what it sweeps (beamLight, in the lit
// shaders) and scattering in the air toward the eye (beamInAir, in the finish pass), brighter in fog and rain.
// Compiled in only for the BEAM variant.
uniform int uBeamCount;
uniform vec4 uBeamOrigin[2]; // xyz the lamp (m), w tan of the half-angle
uniform vec4 uBeamAxis[2];   // xyz unit direction, w range (m): the beam fades as exp(−distance / range)
uniform vec4 uBeamColour[2]; // rgb on-axis irradiance × (distance² + 1 m²)

// The beam's cross-section at distance u along it: a Gaussian whose radius grows with the cone.
float beamRadius(int i, float u)
{
    return 0.35 + max(u, 0.0) * uBeamOrigin[i].w;
}

// Diffuse light from the beams on a surface at p with normal n and diffuse colour albedo.
vec3 beamLight(vec3 p, vec3 n, vec3 albedo)
{
    vec3 total = vec3(0.0);
#ifdef BEAM
    for (int i = 0; i < uBeamCount; i++)
    {
        vec3 d = p - uBeamOrigin[i].xyz;
        float u = dot(d, uBeamAxis[i].xyz);
        vec3 off = d - uBeamAxis[i].xyz * u;
        float r = beamRadius(i, u);
        float d2 = dot(d, d);
        float facing = max(-dot(n, d) * inversesqrt(max(d2, 1e-4)), 0.0);
        total += uBeamColour[i].rgb * (step(0.0, u) * exp(-dot(off, off) / (r * r) - u / uBeamAxis[i].w) * facing / (d2 + 1.0));
    }
#endif
    return total * albedo;
}

// Light the beams scatter toward the eye along a view ray (unit dir) that ends at distance reach: for each beam the
// point of the ray nearest its axis, the Gaussian there times the length of ray inside the beam, a scattering
// coefficient (haze, fog, rain) and a phase that brightens looking back up the beam toward the lamp.
vec3 beamInAir(vec3 eye, vec3 dir, float reach, float fogDensity, float rain)
{
    vec3 total = vec3(0.0);
#ifdef BEAM
    float scatter = 0.008 + fogDensity * 3.0 + rain * 0.03;
    for (int i = 0; i < uBeamCount; i++)
    {
        vec3 axis = uBeamAxis[i].xyz;
        vec3 w0 = eye - uBeamOrigin[i].xyz;
        float b = dot(dir, axis), dd = dot(dir, w0), e = dot(axis, w0);
        float across = max(1.0 - b * b, 1e-4);
        float t = clamp((b * e - dd) / across, 0.0, reach);
        vec3 at = eye + dir * t;
        float u = max(dot(at - uBeamOrigin[i].xyz, axis), 0.0);
        vec3 off = at - uBeamOrigin[i].xyz - axis * u;
        float r = beamRadius(i, u);
        float inside = min(r * 1.7725 / sqrt(across), 25.0);
        float x = max(-b, 0.0);
        x *= x;
        x *= x;
        float phase = 0.3 + 0.9 * x * x;
        total += uBeamColour[i].rgb * (exp(-dot(off, off) / (r * r) - u / uBeamAxis[i].w) * inside * phase * scatter / (u * u + 1.0));
    }
#endif
    return total;
}
